/**
 * Word that a database's catalog changed (a restore, an import, DDL run in the Query Tool), so whatever shows the
 * catalog (the Object Explorer) reads it again. Features announce; the explorer listens; neither knows the other.
 */
type Listener = (database: string) => void;

const listeners = new Set<Listener>();

export function announceCatalogChange(database: string): void {
  listeners.forEach((listener) => listener(database));
}

/** Listens until the answer is called. */
export function onCatalogChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Commands that change what the catalog holds, as the server names them in a result's command tag. */
const CATALOG_COMMANDS =
  /^(CREATE|ALTER|DROP|COMMENT|GRANT|REVOKE|TRUNCATE|IMPORT|SECURITY LABEL|REFRESH|COMMIT|END|SELECT INTO)\b/i;

export function changesCatalog(command: string | null | undefined): boolean {
  return !!command && CATALOG_COMMANDS.test(command.trim());
}
