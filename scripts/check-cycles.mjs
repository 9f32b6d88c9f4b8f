// `npm run lint` part two: no import cycle among the TypeScript sources (src/). Reads each file's static
// imports and re-exports with the TypeScript parser. A cycle through value imports fails (exit 1); dynamic
// `import()` is not an edge. Cycles that need type-only imports (no load-order dependency, but still two
// files that know each other) are listed as notes, to be taken apart when those files are split.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const roots = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['src'];

function sources(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** True when an import declaration brings in values (not only types). */
function bringsValues(node) {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return false;
    const clause = node.exportClause;
    return !(
      clause &&
      ts.isNamedExports(clause) &&
      clause.elements.length > 0 &&
      clause.elements.every((e) => e.isTypeOnly)
    );
  }
  const clause = node.importClause;
  if (!clause) return true; // a side-effect import
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.length === 0 || !bindings.elements.every((e) => e.isTypeOnly);
}

const files = roots.flatMap((root) => sources(root)).map((file) => path.resolve(file));
const known = new Set(files);
const valueEdges = new Map();
const allEdges = new Map();
for (const file of files) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const values = [];
  const all = [];
  for (const node of source.statements) {
    if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node))) continue;
    const spec = node.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), spec.text.replace(/\.js$/, '.ts'));
    if (!known.has(target)) continue;
    all.push(target);
    if (bringsValues(node)) values.push(target);
  }
  valueEdges.set(file, values);
  allEdges.set(file, all);
}

/** Tarjan's strongly connected components of `edges` with more than one file (or a self-import). */
function cyclesOf(edges) {
  let index = 0;
  const indices = new Map();
  const lowlinks = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const connect = (v) => {
    indices.set(v, index);
    lowlinks.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)) {
      if (!indices.has(w)) {
        connect(w);
        lowlinks.set(v, Math.min(lowlinks.get(v), lowlinks.get(w)));
      } else if (onStack.has(w)) {
        lowlinks.set(v, Math.min(lowlinks.get(v), indices.get(w)));
      }
    }
    if (lowlinks.get(v) === indices.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v).includes(v)) cycles.push(component.sort());
    }
  };
  for (const file of files) if (!indices.has(file)) connect(file);
  return cycles;
}

const rel = (file) => path.relative(process.cwd(), file);
function show(component, edges, print) {
  const members = new Set(component);
  for (const file of component)
    print(
      `  ${rel(file)} -> ${edges
        .get(file)
        .filter((t) => members.has(t))
        .map(rel)
        .join(', ')}`,
    );
}

const valueCycles = cyclesOf(valueEdges);
for (const component of cyclesOf(allEdges)) {
  if (valueCycles.some((cycle) => cycle.includes(component[0]))) continue;
  console.log(`note: files that import each other's types (${component.length}):`);
  show(component, allEdges, console.log);
}
if (valueCycles.length === 0) {
  console.log(`check-cycles: no import cycle among ${files.length} files`);
} else {
  for (const component of valueCycles) {
    console.error(`import cycle among ${component.length} files:`);
    show(component, valueEdges, console.error);
  }
  process.exitCode = 1;
}
