/** "../../etc/passwd\u0000.jpg" → "etc-passwd.jpg"; the extension follows the detected content. */
export function cleanFileName(name: string, ext: string): string {
  const base = name
    .replace(/\.[^./\\]*$/, '')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/^[.\-\s]+|[.\-\s]+$/g, '')
    .replace(/\s+/g, '-')
    .slice(0, 120)
  return `${base || 'file'}.${ext}`
}
