import { scannedPdf, bornDigitalPdf } from './tests/helpers/pdfFixtures'
const url = process.argv[2]
const login = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@khojaly.example', password: 'Xocali-1992-demo' }) })
const { token } = await login.json() as { token: string }
for (const [name, data] of [['sa-scan.pdf', await scannedPdf(['Sintetik skan: çinarlıqdakı qovluq.'])], ['sa-born.pdf', await bornDigitalPdf(['Sintetik mətn: zümrüdləşmiş vərəqlər.'])]] as const) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: 'application/pdf' }), name)
  form.append('_payload', JSON.stringify({}))
  const res = await fetch(`${url}/api/media`, { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  const { doc } = await res.json() as { doc: { id: number } }
  for (let i = 0; i < 60; i++) {
    const m = await (await fetch(`${url}/api/media/${doc.id}`, { headers: { authorization: `JWT ${token}` } })).json() as any
    if (m.processing?.status === 'done' || m.processing?.status === 'failed') { console.log(name, m.processing, m.pages?.map((p: any) => [p.method, p.text])); break }
    await new Promise(r => setTimeout(r, 1000))
  }
  const info = await fetch(`${url}/api/iiif/image/${doc.id}-p1/info.json`)
  console.log('info', info.status)
}
