import { PostgreSQL, sql } from '@codemirror/lang-sql';
import type { Extension } from '@codemirror/state';
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { Completion } from './api';

const RELATION_CONTEXT = /\b(from|join|update|into|table)\s+[\w."]*$/i;

/** After FROM, JOIN, UPDATE, INTO and TABLE only relations (and schemas) are offered, first. */
function relationCompletion(catalog: Completion | undefined) {
  return (context: CompletionContext): CompletionResult | null => {
    if (!catalog) return null;
    const before = context.state.sliceDoc(Math.max(0, context.pos - 200), context.pos);
    if (!RELATION_CONTEXT.test(before)) return null;
    const word = context.matchBefore(/[\w"]*$/);
    if (!word || /\.$/.test(before.slice(0, before.length - word.text.length))) return null;
    return {
      from: word.from,
      options: [
        ...catalog.relations.map((r) => ({
          label: r.name,
          apply: r.schema === 'public' ? r.name : `${r.schema}.${r.name}`,
          type: r.kind === 'table' ? 'class' : 'interface',
          detail: `${r.schema} · ${r.kind}`,
          boost: 10,
        })),
        ...catalog.schemas.map((s) => ({ label: s, type: 'namespace', boost: 5 })),
      ],
      validFor: /^[\w."]*$/,
    };
  };
}

function functionCompletion(catalog: Completion | undefined) {
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(/\w+$/);
    const before = context.state.sliceDoc(Math.max(0, context.pos - 200), context.pos);
    if (!catalog || !word || RELATION_CONTEXT.test(before)) return null;
    return {
      from: word.from,
      options: catalog.functions.map((f) => ({
        label: f.name,
        type: 'function',
        detail: f.schema,
      })),
      validFor: /^\w*$/,
    };
  };
}

/**
 * PostgreSQL highlighting and completion from the catalog: keywords, schemas, relations, functions and columns,
 * with the columns of a table or its alias after {@code name.} (lang-sql reads the aliases of the statement).
 */
export function sqlLanguage(catalog: Completion | undefined): Extension {
  const schema: Record<string, Record<string, string[]>> = {};
  for (const relation of catalog?.relations ?? []) {
    (schema[relation.schema] ??= {})[relation.name] = relation.columns;
  }
  const support = sql({
    dialect: PostgreSQL,
    schema,
    defaultSchema: 'public',
    upperCaseKeywords: true,
  });
  return [
    support,
    support.language.data.of({ autocomplete: relationCompletion(catalog) }),
    support.language.data.of({ autocomplete: functionCompletion(catalog) }),
  ];
}
