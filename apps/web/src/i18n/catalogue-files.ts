import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Test support (Node only): the message catalogues as files, read the way the checks need them. */
export type Messages = { [key: string]: string | Messages };

const ROOT = join(__dirname, '../../messages');

/** Every module's folder of catalogues, so a new module is checked without being listed. */
export const NAMESPACES = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export function loadCatalogue(namespace: string, locale: string): Messages {
  return JSON.parse(readFileSync(join(ROOT, namespace, `${locale}.json`), 'utf8')) as Messages;
}

/** Every leaf as a dotted path, in file order. */
export function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const leaves = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') leaves.set(path, value);
    else for (const [inner, text] of flatten(value, path)) leaves.set(inner, text);
  }
  return leaves;
}
