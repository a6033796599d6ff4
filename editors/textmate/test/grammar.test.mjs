// The notice grammar tokenises the five source documents with every word recognised: keywords, strings, numbers,
// dates and comments get their scopes, and no token is left with the bare source scope or an invalid one. Small
// cases show that the checks can fail: an unknown word, a reserved symbol and an unterminated string are invalid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize, has, GRAMMAR } from './tokenize.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..', '..');
const NOTICES = path.join(root, 'examples', 'src', 'main', 'resources', 'notices');
const documents = fs.readdirSync(NOTICES).filter((f) => f.endsWith('.notice')).sort();

const where = (file, t) => `${file}:${t.line}:${t.column} "${t.text}" ${t.scopes.join(' ')}`;
const named = (tokens, text) => tokens.filter((t) => t.text.toLowerCase() === text);

test('there are five documents', () => {
  assert.deepEqual(documents, ['kent-2011.notice', 'somerset-2013.notice', 'surrey-2008.notice',
    'surrey-2018-plan.notice', 'west-sussex-2011.notice']);
});

for (const file of documents) {
  test(`${file}: every token is recognised, none invalid`, async () => {
    const tokens = await tokenize(fs.readFileSync(path.join(NOTICES, file), 'utf8'));
    const bare = tokens.filter((t) => t.text.trim() !== '' && t.scopes.length === 1);
    assert.deepEqual(bare.map((t) => where(file, t)), [], 'tokens with no scope but source.notice');
    const invalid = tokens.filter((t) => t.scopes.some((s) => s.startsWith('invalid')));
    assert.deepEqual(invalid.map((t) => where(file, t)), [], 'invalid tokens');
  });

  test(`${file}: keywords, strings, numbers, dates and comments get their scopes`, async () => {
    const text = fs.readFileSync(path.join(NOTICES, file), 'utf8');
    const tokens = await tokenize(text);
    const lines = text.split(/\r?\n/);

    for (const t of tokens.filter((t) => t.column === lines[t.line - 1].search(/\S/) + 1 && t.text.trim() !== '')) {
      const first = lines[t.line - 1].trim();
      if (first.startsWith('#')) {
        assert.ok(has(t, 'comment.line.number-sign') || has(t, 'punctuation.definition.comment'), where(file, t));
      } else if (/^(notice|measure|recipient|issuer|issued|indicator|group|board|consequence)\b/i.test(first)) {
        assert.ok(has(t, 'keyword.control.statement'), where(file, t));
      }
    }
    for (const keyword of ['notice', 'measure', 'issued', 'indicator']) {
      assert.ok(named(tokens, keyword).length > 0, `${file} has "${keyword}"`);
      for (const t of named(tokens, keyword)) {
        assert.ok(has(t, 'keyword'), where(file, t));
      }
    }
    for (const t of tokens.filter((t) => /^(target|targets|maintain|qualitative|action|relative|improve)$/i.test(t.text)
        && lines[t.line - 1].trimStart().toLowerCase().startsWith(t.text.toLowerCase()))) {
      assert.ok(has(t, 'keyword.control.requirement'), where(file, t));
    }

    const strings = tokens.filter((t) => has(t, 'string.quoted.double'));
    assert.ok(strings.length > 20, `${file}: strings`);
    const quotes = strings.filter((t) => t.text === '"');
    assert.ok(quotes.every((t) => has(t, 'punctuation.definition.string')), `${file}: quotes`);
    assert.equal(quotes.length % 2, 0, `${file}: every string is closed`);

    const issued = lines.findIndex((l) => /^issued\s/i.test(l)) + 1;
    const date = tokens.find((t) => t.line === issued && has(t, 'constant.other.date'));
    assert.ok(date, `${file}:${issued}: the issue date is a date`);
    assert.match(date.text, /^(\d{1,2} [A-Za-z]+ \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/, where(file, date));
    assert.ok(tokens.filter((t) => has(t, 'constant.other.date')).length >= 2, `${file}: dates`);

    for (const t of tokens.filter((t) => /^\d+(\.\d+)?$/.test(t.text))) {
      assert.ok(has(t, 'constant.numeric') || has(t, 'string') || has(t, 'comment'), where(file, t));
    }
    const percent = tokens.filter((t) => t.text === '%' && !has(t, 'string') && !has(t, 'comment'));
    assert.ok(percent.every((t) => has(t, 'keyword.other.unit')), `${file}: % is a unit`);

    const comments = lines.filter((l) => l.trimStart().startsWith('#')).length;
    const commentTokens = new Set(tokens.filter((t) => has(t, 'comment.line')).map((t) => t.line));
    assert.equal(commentTokens.size >= comments, true, `${file}: ${comments} comment lines`);
  });
}

test('the scopes of each kind of token', async () => {
  const tokens = await tokenize([
    '# a comment',
    'measure ni59 "NI 59 - \\"quoted\\" \\u00e9" + "more"',
    '  first: targets "NI 59" at least 65.5% in quarter to 31 March 2009 then at most 77 pp by 2010-03-31',
    '  TARGET "X" AT MOST 3 IN 2009-Q1',
    'term until 31/3/10',
  ].join('\n'));
  const scope = (text, line) => tokens.find((t) => t.text === text && (line === undefined || t.line === line));
  assert.ok(has(scope('#'), 'punctuation.definition.comment'));
  assert.ok(has(scope(' a comment'), 'comment.line.number-sign'));
  assert.ok(has(scope('measure'), 'keyword.control.statement'));
  assert.ok(has(scope('ni59'), 'entity.name.section'));
  assert.ok(has(scope('\\"'), 'constant.character.escape'));
  assert.ok(has(scope('\\u00e9'), 'constant.character.escape'));
  assert.ok(has(scope('+'), 'keyword.operator.concatenation'));
  assert.ok(has(scope('first'), 'entity.name.label'));
  assert.ok(has(scope('targets'), 'keyword.control.requirement'));
  assert.ok(has(scope('least'), 'keyword.other'));
  assert.ok(has(scope('65.5'), 'constant.numeric'));
  assert.ok(has(scope('%'), 'keyword.other.unit.percent'));
  assert.ok(has(scope('31 March 2009'), 'constant.other.date'));
  assert.ok(has(scope('2010-03-31'), 'constant.other.date'));
  assert.ok(has(scope('pp'), 'keyword.other'));
  assert.ok(has(scope('TARGET'), 'keyword.control.requirement'), 'keywords are case-insensitive');
  assert.ok(has(scope('2009-Q1'), 'constant.other.date.period'));
  assert.ok(has(scope('31/3/10'), 'constant.other.date'));
});

test('an unknown word, a reserved symbol, a bad escape and an unterminated string are invalid', async () => {
  const tokens = await tokenize('measure m "ok"\n  target "X" at lest 5% (in 2009)\nbackground "bad \\q escape"\nissuer "open');
  const invalid = tokens.filter((t) => t.scopes.some((s) => s.startsWith('invalid'))).map((t) => `${t.line}:${t.text}`);
  assert.deepEqual(invalid, ['2:lest', '2:(', '2:)', '3:\\q', '4:"open']);
});

test('the VS Code extension ships the same grammar', () => {
  const copy = path.join(root, 'editors', 'vscode', 'syntaxes', 'notice.tmLanguage.json');
  assert.equal(fs.readFileSync(copy, 'utf8'), fs.readFileSync(GRAMMAR, 'utf8'),
    'editors/vscode/syntaxes/notice.tmLanguage.json must be a copy of editors/textmate/notice.tmLanguage.json');
});
