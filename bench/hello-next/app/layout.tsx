import type { ReactNode } from 'react'

/** The framework's floor: the smallest App Router page, as `create-next-app` would make it. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
