import fs from 'node:fs'
import path from 'node:path'

import { startProcess, type Started } from './processes'

/**
 * nginx from Debian with the config docs/deploy.md ships (docs/deploy/nginx.conf), on its own
 * prefix folder: only the listen port, the upstream port and the cache and log folders are changed.
 */
export async function startNginx({
  shippedConfig,
  prefix,
  port,
  upstreamPort,
}: {
  shippedConfig: string
  prefix: string
  port: number
  upstreamPort: number
}): Promise<Started> {
  fs.rmSync(prefix, { recursive: true, force: true })
  for (const dir of ['logs', 'cache', 'temp'])
    fs.mkdirSync(path.join(prefix, dir), { recursive: true })
  const site = fs
    .readFileSync(shippedConfig, 'utf8')
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${upstreamPort};`)
    .replace('/var/cache/nginx/khojaly', path.join(prefix, 'cache'))
    .replace('/var/log/nginx/khojaly.access.log', path.join(prefix, 'logs', 'access.log'))
  fs.writeFileSync(path.join(prefix, 'site.conf'), site)
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, 'temp', name)};`
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes auto;',
      `pid ${path.join(prefix, 'nginx.pid')};`,
      `error_log ${path.join(prefix, 'logs', 'error.log')} warn;`,
      'events { worker_connections 4096; }',
      'http {',
      // What Debian's /etc/nginx/nginx.conf sets around the conf.d files the shipped config goes in.
      '  sendfile on;',
      '  tcp_nopush on;',
      '  types_hash_max_size 2048;',
      '  access_log off;',
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      '  include site.conf;',
      '}',
    ].join('\n'),
  )
  return startProcess('nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], {
    url: `http://127.0.0.1:${port}`,
    readyPath: '/api/health',
    cwd: prefix,
  })
}
