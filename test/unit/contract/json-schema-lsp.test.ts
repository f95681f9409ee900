// Proof that the published JSON Schema works in editors: the real yaml-language-server, started over stdio
// with the schema associated to contract files, completes function fields and flags a wrong enum value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LspClient } from './lsp-client.ts';

const require = createRequire(import.meta.url);
/** INTERLOCK_YAML_LS may name another yaml-language-server package folder (to try a newer release). */
const serverDir = process.env['INTERLOCK_YAML_LS'] ?? dirname(require.resolve('yaml-language-server/package.json'));
const serverBin = join(serverDir, 'bin', 'yaml-language-server');
const schemaUri = new URL('../../../public/schema/contract-v1.json', import.meta.url).href;
const docUri = 'file:///workspace/imgproc.interlock.yaml';

const HEAD = 'interlock: 1\nlibrary: { name: imgproc, abi: "3.1", go_package: example.com/imgproc }\nfunctions:\n';

async function withServer(run: (client: LspClient) => Promise<void>): Promise<void> {
  const settings = {
    yaml: {
      schemas: { [schemaUri]: '*.interlock.yaml' },
      validate: true,
      completion: true,
      hover: true,
      schemaStore: { enable: false },
    },
  };
  const client = new LspClient(process.execPath, [serverBin, '--stdio'], (method, params) => {
    if (method === 'workspace/configuration') {
      const items = (params as { items?: Array<{ section?: string }> }).items ?? [];
      return items.map((item) => (item.section === 'yaml' ? settings.yaml : item.section?.startsWith('yaml.') ? undefined : {}));
    }
    return null;
  });
  try {
    await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: {} },
      },
    });
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', { settings });
    await run(client);
  } finally {
    await client.close();
  }
}

test('completion inside functions.<name> offers the function fields, with their documentation', { timeout: 30_000 }, async () => {
  await withServer(async (client) => {
    const text = `${HEAD}  imgproc_decode:\n    errors: out-param\n    \n`;
    // The first diagnostics mean the server has read the document and its schema.
    const validated = client.waitFor('textDocument/publishDiagnostics', (p) => p['uri'] === docUri);
    client.notify('textDocument/didOpen', { textDocument: { uri: docUri, languageId: 'yaml', version: 1, text } });
    await validated;
    const result = await client.request<{ items: Array<{ label: string; documentation?: unknown }> } | Array<{ label: string }>>('textDocument/completion', {
      textDocument: { uri: docUri },
      position: { line: 5, character: 4 },
    });
    const items = Array.isArray(result) ? result : result.items;
    const labels = items.map((i) => i.label).sort();
    for (const field of ['params', 'returns', 'panics', 'blocking', 'cancellable', 'locks-os-thread', 'doc', 'allow']) {
      assert.ok(labels.includes(field), `completion lacks ${field}: ${labels.join(', ')}`);
    }
    assert.ok(!labels.includes('errors'), 'a field already present is not offered again');
    assert.ok(!labels.includes('kind'), 'type fields are not offered inside a function');
    const panics = items.find((i) => i.label === 'panics') as { documentation?: unknown } | undefined;
    assert.match(JSON.stringify(panics?.documentation ?? ''), /catch_unwind/);
  });
});

test('a wrong enum value is reported as a diagnostic on its line', { timeout: 30_000 }, async () => {
  await withServer(async (client) => {
    const text = `${HEAD}  imgproc_decode:\n    errors: out-param\n    panics: sometimes\n`;
    const published = client.waitFor('textDocument/publishDiagnostics', (p) => p['uri'] === docUri && Array.isArray(p['diagnostics']) && (p['diagnostics'] as unknown[]).length > 0);
    client.notify('textDocument/didOpen', { textDocument: { uri: docUri, languageId: 'yaml', version: 1, text } });
    const params = await published;
    const diagnostics = params['diagnostics'] as Array<{ message: string; range: { start: { line: number; character: number } } }>;
    const enumProblem = diagnostics.find((d) => /catch/.test(d.message) && /abort/.test(d.message));
    assert.ok(enumProblem, `no enum diagnostic in ${JSON.stringify(diagnostics)}`);
    assert.deepEqual(enumProblem.range.start, { line: 5, character: 12 });
  });
});
