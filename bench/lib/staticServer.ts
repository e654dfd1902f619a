/**
 * The reference limit: plain Node `http` answering every request with one captured response of our
 * app (`node … staticServer.ts <file> <port>`): the body in <file> and, from the file beside it
 * (bench/lib/capturePage.ts), every header the app sent with it, so a client reads the same bytes
 * from this server as from the app or nginx. Without that file: only the headers a page needs.
 */
import fs from 'node:fs'
import http from 'node:http'

import { headersFileOf } from './capturePage'

const [file, port] = process.argv.slice(2)
const body = fs.readFileSync(file)
const captured: [string, string][] = fs.existsSync(headersFileOf(file))
  ? JSON.parse(fs.readFileSync(headersFileOf(file), 'utf8'))
  : [['Content-Type', 'text/html; charset=utf-8']]
// A flat [name, value, …] list keeps repeated headers (two Content-Security-Policy lines) as sent.
const headers = [...captured.flat(), 'Content-Length', String(body.length)]
http
  .createServer((_req, res) => {
    res.writeHead(200, headers)
    res.end(body)
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'))
