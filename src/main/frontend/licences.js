// Lists every package npm installed (name, version, declared licence) with its licence file's text, so the
// vendored YASGUI bundle travels with the licences of all the code it may contain. Usage: node licences.js DIR
'use strict';
const fs = require('fs');
const path = require('path');

const root = process.argv[2];
const found = [];
function visit(dir) {
  for (const name of fs.readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = path.join(dir, name);
    if (name.startsWith('@')) { visit(p); continue; }
    const manifest = path.join(p, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    const files = fs.readdirSync(p).filter((f) => /^(licen[cs]e|copying|notice)/i.test(f)).sort();
    found.push({ name: pkg.name, version: pkg.version,
      license: typeof pkg.license === 'string' ? pkg.license : JSON.stringify(pkg.license || pkg.licenses || 'UNKNOWN'),
      texts: files.map((f) => fs.readFileSync(path.join(p, f), 'utf8')) });
    const nested = path.join(p, 'node_modules');
    if (fs.existsSync(nested)) visit(nested);
  }
}
visit(root);
const out = ['Front-end packages vendored into pledgegraph at build time (npm ci from src/main/frontend/package-lock.json).',
  'YASGUI (@zazuko/yasgui) bundles code of the packages below into yasgui.min.js / yasgui.min.css.', ''];
for (const f of found) out.push(`${f.name}@${f.version}  ${f.license}`);
for (const f of found) {
  out.push('', '='.repeat(78), `${f.name}@${f.version} (${f.license})`, '='.repeat(78));
  out.push(f.texts.length ? f.texts.join('\n\n') : `No licence file in the package; package.json declares ${f.license}.`);
}
process.stdout.write(out.join('\n') + '\n');
