import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { ensureDebianCommand } from '@tests/helpers/debianPackage'
import { projectRoot } from '@tests/helpers/testPayload'

const schemas = path.join(projectRoot, 'tests', 'schemas')
let xmllint: ReturnType<typeof ensureDebianCommand> | undefined

/**
 * Validates an XML document against a schema under tests/schemas with Debian's xmllint
 * (libxml2-utils), offline: each folder's catalog.xml maps the schemas' own imports to the copies
 * beside it. Returns xmllint's complaints, empty when the document is valid.
 */
export function schemaErrors(xml: string, schema: string): string[] {
  // Not a reason to skip: the schemas are the check.
  xmllint ??= ensureDebianCommand('xmllint', 'libxml2-utils')
  if (!xmllint.ok) throw new Error(xmllint.reason)
  const folder = path.join(schemas, path.dirname(schema))
  const result = spawnSync(
    'xmllint',
    ['--nonet', '--noout', '--schema', path.join(schemas, schema), '-'],
    {
      input: xml,
      encoding: 'utf8',
      env: { ...process.env, XML_CATALOG_FILES: path.join(folder, 'catalog.xml') },
    },
  )
  if (result.error) throw result.error
  return result.status === 0
    ? []
    : result.stderr
        .split('\n')
        .filter((line) => line && !line.endsWith('validates') && line !== '- fails to validate')
}
