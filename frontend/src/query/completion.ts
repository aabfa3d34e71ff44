import { PostgreSQL, sql } from '@codemirror/lang-sql';
import type { Extension } from '@codemirror/state';
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { CatalogSource } from './catalogSource';

const RELATION_CONTEXT = /\b(from|join|update|into|table)\s+[\w."]*$/i;
const IDENTIFIER = String.raw`(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)`;
const QUALIFIED_BEFORE = new RegExp(String.raw`(?:(${IDENTIFIER})\.)?(${IDENTIFIER})\.([\w$]*)$`);
const STATEMENT_WINDOW = 4000;

/** An identifier as PostgreSQL reads it: quoted ones keep their case, others fold to lower case. */
export function identifier(text: string): string {
  return text.startsWith('"') ? text.slice(1, -1).replace(/""/g, '"') : text.toLowerCase();
}

/** What {@code alias} names in the statement around the cursor: a relation after FROM or JOIN, or itself. */
export function resolveAlias(
  statement: string,
  alias: string,
): { schema: string | null; name: string } {
  const pattern = new RegExp(
    String.raw`\b(?:from|join|update|into)\s+(?:(${IDENTIFIER})\.)?(${IDENTIFIER})(?:\s+(?:as\s+)?(${IDENTIFIER}))?`,
    'gi',
  );
  for (const match of statement.matchAll(pattern)) {
    const [, schema, name, as] = match;
    if ((as && identifier(as) === alias) || identifier(name) === alias) {
      return { schema: schema ? identifier(schema) : null, name: identifier(name) };
    }
  }
  return { schema: null, name: alias };
}

function around(context: CompletionContext): string {
  const { doc } = context.state;
  return context.state.sliceDoc(
    Math.max(0, context.pos - STATEMENT_WINDOW),
    Math.min(doc.length, context.pos + STATEMENT_WINDOW),
  );
}

/** After FROM, JOIN, UPDATE, INTO and TABLE: relations by prefix (of one schema after {@code schema.}) and schemas. */
function relationCompletion(catalog: CatalogSource) {
  return async (context: CompletionContext): Promise<CompletionResult | null> => {
    const before = context.state.sliceDoc(Math.max(0, context.pos - 200), context.pos);
    if (!RELATION_CONTEXT.test(before)) return null;
    const word = context.matchBefore(/(?:[\w$"]+\.)?[\w$]*$/);
    if (!word) return null;
    const dot = word.text.lastIndexOf('.');
    const schema = dot < 0 ? null : identifier(word.text.slice(0, dot));
    const prefix = word.text.slice(dot + 1);
    const [relations, schemas] = await Promise.all([
      catalog.relations(schema, prefix),
      schema === null ? catalog.schemas() : Promise.resolve([]),
    ]);
    return {
      from: word.from + dot + 1,
      options: [
        ...relations.map((r) => ({
          label: r.name,
          apply: schema !== null || r.schema === 'public' ? r.name : `${r.schema}.${r.name}`,
          type: r.kind === 'table' ? 'class' : 'interface',
          detail: `${r.schema} · ${r.kind}`,
          // What an unqualified name finds (public) comes before its namesakes in other schemas.
          boost: r.schema === 'public' ? 11 : 10,
        })),
        ...schemas.map((s) => ({ label: s, type: 'namespace', boost: 5 })),
      ],
    };
  };
}

/** After {@code alias.} or {@code table.} (or {@code schema.table.}): that relation's columns. */
function columnCompletion(catalog: CatalogSource) {
  return async (context: CompletionContext): Promise<CompletionResult | null> => {
    const before = context.state.sliceDoc(Math.max(0, context.pos - 200), context.pos);
    if (RELATION_CONTEXT.test(before)) return null;
    const match = QUALIFIED_BEFORE.exec(before);
    if (!match) return null;
    const [, schema, name, typed] = match;
    const target = schema
      ? { schema: identifier(schema), name: identifier(name) }
      : resolveAlias(around(context), identifier(name));
    const columns = await catalog.columns(target.schema, target.name);
    return {
      from: context.pos - typed.length,
      options: columns.map((column) => ({ label: column, type: 'property', boost: 20 })),
      validFor: /^[\w$]*$/,
    };
  };
}

function functionCompletion(catalog: CatalogSource) {
  return async (context: CompletionContext): Promise<CompletionResult | null> => {
    const word = context.matchBefore(/\w+$/);
    const before = context.state.sliceDoc(Math.max(0, context.pos - 200), context.pos);
    if (!word || RELATION_CONTEXT.test(before) || /\.\w*$/.test(before)) return null;
    const functions = await catalog.functions(word.text.toLowerCase());
    return {
      from: word.from,
      options: functions.map((f) => ({ label: f.name, type: 'function', detail: f.schema })),
    };
  };
}

/**
 * PostgreSQL highlighting, keywords, and completion from the catalog, asked of the server for what the cursor
 * position needs (the schemas, the relations of a schema by prefix, a relation's columns): nothing loads the whole
 * catalog, however many tables the database holds.
 */
export function sqlLanguage(catalog: CatalogSource | undefined): Extension {
  const support = sql({ dialect: PostgreSQL, upperCaseKeywords: true });
  if (!catalog) return support;
  return [
    support,
    support.language.data.of({ autocomplete: relationCompletion(catalog) }),
    support.language.data.of({ autocomplete: columnCompletion(catalog) }),
    support.language.data.of({ autocomplete: functionCompletion(catalog) }),
  ];
}
