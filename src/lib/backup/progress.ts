/** One progress bar per phase; the CLIs draw them with cli-progress, tests pass nothing. */
export type ProgressBar = { tick: (by?: number) => void; done: () => void }
export type Progress = (label: string, total: number) => ProgressBar

export const silentProgress: Progress = () => ({ tick: () => {}, done: () => {} })
