/**
 * `npm run test:mongo` runs the integration suite on MongoDB: it needs DATABASE_URI to name one.
 * Stops with one line otherwise, instead of quietly running on SQLite again.
 */
// The same test as tests/helpers/testPayload.ts `testMongoUri`, without loading Payload for it.
if (!/^mongodb(\+srv)?:\/\//.test(process.env.DATABASE_URI ?? '')) {
  console.error(
    'npm run test:mongo needs DATABASE_URI=mongodb://… (a replica set, e.g. DATABASE_URI="mongodb://localhost:27017/khojaly?replicaSet=rs0" npm run test:mongo); see docs/deploy.md.',
  )
  process.exit(1)
}
console.log(
  'Integration suite on MongoDB: every test file gets its own database, dropped afterwards.',
)
export {}
