/** A start-up configuration mistake: reported as one line, and the process stops. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}
