// An import circle is an error, type-only imports included: a circle of any kind hides which
// file owns what. (eslint-plugin-import's no-cycle skips type-only imports, which is where most
// circles of a TypeScript project hide.) The project's import graph is read once per lint run with
// TypeScript's parser, and every file in a circle reports the import that enters it.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|mjs|js)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', 'out', 'coverage', 'test-results', 'playwright-report', 'data']);
/** A graph older than this is read again (an editor keeps the linter running while files change). */
const MAX_AGE_MS = 5000;

let cached = null;

function sourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  walk(root);
  return files;
}

function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, `${base}.tsx`];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

/** Every relative import of a file: static imports and re-exports (with whether only types), and import(). */
function importsOf(file) {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const named = clause?.namedBindings;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            named !== undefined &&
            ts.isNamedImports(named) &&
            named.elements.length > 0 &&
            named.elements.every((element) => element.isTypeOnly)));
      found.push({ specifier: statement.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      found.push({ specifier: statement.moduleSpecifier.text, typeOnly: statement.isTypeOnly });
    }
  }
  for (const match of text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    found.push({ specifier: match[1], typeOnly: false });
  }
  return found;
}

function globToRegExp(glob) {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`);
}

/** The import graph and, for each file in a circle, the id of its circle (Tarjan's algorithm). */
function buildGraph(root, allowed) {
  const graph = new Map();
  for (const file of sourceFiles(root)) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    const edges = [];
    for (const { specifier, typeOnly } of importsOf(file)) {
      const target = resolveImport(file, specifier);
      if (target === null) continue;
      const to = path.relative(root, target).split(path.sep).join('/');
      if (typeOnly && allowed.some((rule) => rule.from.test(relative) && rule.to.test(to))) continue;
      edges.push(target);
    }
    graph.set(file, edges);
  }
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const circleOf = new Map();
  let next = 0;
  const visit = (start) => {
    // Iterative, so a deep import chain cannot overflow the stack.
    const work = [[start, 0]];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, edge] = frame;
      const edges = graph.get(node) ?? [];
      if (edge < edges.length) {
        frame[1]++;
        const target = edges[edge];
        if (!graph.has(target)) continue;
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push([target, 0]);
        } else if (onStack.has(target)) {
          low.set(node, Math.min(low.get(node), index.get(target)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) === index.get(node)) {
        const members = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          members.push(member);
        } while (member !== node);
        if (members.length > 1) for (const m of members) circleOf.set(m, node);
      }
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return { graph, circleOf, builtAt: Date.now() };
}

/** The shortest way back from `from` to `to` inside their circle, as file names. */
function pathBack(state, from, to) {
  const circle = state.circleOf.get(to);
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift();
    if (node === to) break;
    for (const target of state.graph.get(node) ?? []) {
      if (state.circleOf.get(target) !== circle || previous.has(target)) continue;
      previous.set(target, node);
      queue.push(target);
    }
  }
  const chain = [];
  for (let node = to; node !== null && node !== undefined; node = previous.get(node)) chain.unshift(node);
  return chain;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'forbid import circles, type-only imports included' },
    schema: [
      {
        type: 'object',
        properties: {
          allowTypeImports: {
            type: 'array',
            items: {
              type: 'object',
              properties: { from: { type: 'string' }, to: { type: 'string' } },
              required: ['from', 'to'],
            },
          },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const root = context.cwd;
    const options = context.options[0] ?? {};
    const allowed = (options.allowTypeImports ?? []).map((rule) => ({
      from: globToRegExp(rule.from),
      to: globToRegExp(rule.to),
    }));
    if (cached === null || cached.root !== root || Date.now() - cached.state.builtAt > MAX_AGE_MS) {
      cached = { root, state: buildGraph(root, allowed) };
    }
    const state = cached.state;
    const file = context.filename;
    const circle = state.circleOf.get(file);
    if (circle === undefined) return {};
    const check = (node) => {
      if (node.source === null || node.source === undefined || typeof node.source.value !== 'string') return;
      const target = resolveImport(file, node.source.value);
      if (target === null || state.circleOf.get(target) !== circle) return;
      if (!(state.graph.get(file) ?? []).includes(target)) return;
      const chain = [file, ...pathBack(state, target, file)].map((f) => path.relative(root, f));
      context.report({ node, message: `import circle: ${chain.join(' → ')}` });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
