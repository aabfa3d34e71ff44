// Reads rendered manifests (several YAML documents) on standard input and validates each object against the schema of
// its apiVersion and kind, as the API server would; prints one line per object and exits 1 if any is invalid.
import { parseAllDocuments } from 'yaml';

const input = await new Promise((resolve) => {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => (text += chunk));
  process.stdin.on('end', () => resolve(text));
});

let failed = false;
for (const document of parseAllDocuments(input)) {
  const object = document.toJS();
  if (!object) continue;
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
  const module = group ? `kubernetes-models/${group}/${version}/${object.kind}` : `kubernetes-models/${version}/${object.kind}`;
  const name = `${object.kind}/${object.metadata?.name}`;
  try {
    const { [object.kind]: Model } = await import(module);
    new Model(object).validate();
    console.log(`valid ${name}`);
  } catch (error) {
    failed = true;
    console.log(`invalid ${name}: ${error.message ?? error}`);
  }
}
process.exit(failed ? 1 : 0);
