import { ChevronRight } from 'lucide-react';
import { breadcrumbs } from './paths';

/** The folders from the top of storage to the current one; each opens its folder. */
export function Breadcrumbs({
  path,
  onOpen,
  testId = 'storage-breadcrumbs',
}: {
  path: string;
  onOpen: (path: string) => void;
  testId?: string;
}) {
  const crumbs = breadcrumbs(path);
  return (
    <nav className="breadcrumbs" aria-label="Folder" data-testid={testId}>
      <ol>
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.path}>
              {index > 0 && (
                <ChevronRight size={12} aria-hidden="true" className="breadcrumbs__sep" />
              )}
              {last ? (
                <span aria-current="location" className="breadcrumbs__current">
                  {crumb.name}
                </span>
              ) : (
                <button
                  type="button"
                  className="link-button"
                  data-path={crumb.path}
                  onClick={() => onOpen(crumb.path)}
                >
                  {crumb.name}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
