/**
 * The reference limit: plain Node `http` answering every request with the bytes of a file
 * (`node … staticServer.ts <file> <port>`), with the headers a page needs and nothing else.
 */
import fs from 'node:fs'
import http from 'node:http'

const [file, port] = process.argv.slice(2)
const body = fs.readFileSync(file)
http
  .createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length })
    res.end(body)
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'))
