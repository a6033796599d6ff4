// Tokenises text with the notice grammar through VS Code's own TextMate engine (vscode-textmate on the
// Oniguruma regular expressions of vscode-oniguruma), as the editor does.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
export const GRAMMAR = path.join(here, '..', 'notice.tmLanguage.json');

let grammar;

async function load() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => scopeName === 'source.notice'
      ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR)
      : null,
  });
  return registry.loadGrammar('source.notice');
}

/** The tokens of each line: { line (1-based), text, scopes (outermost first) }. */
export async function tokenize(text) {
  grammar ??= await load();
  let stack = vsctm.INITIAL;
  const tokens = [];
  text.split(/\r?\n/).forEach((lineText, i) => {
    const result = grammar.tokenizeLine(lineText, stack);
    for (const t of result.tokens) {
      tokens.push({ line: i + 1, column: t.startIndex + 1, text: lineText.substring(t.startIndex, t.endIndex), scopes: t.scopes });
    }
    stack = result.ruleStack;
  });
  return tokens;
}

/** Whether a token carries a scope starting with the prefix (e.g. 'keyword', 'constant.other.date'). */
export const has = (token, prefix) => token.scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));
