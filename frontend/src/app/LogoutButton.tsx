import { appUrl } from '../api/base';
import { useRef } from 'react';
import { LogOut } from 'lucide-react';
import { CSRF_PARAM, csrfToken } from '../api/client';

/**
 * A real HTML form POST to /logout, so the browser follows Spring Security's redirect to
 * /login?logout. The CSRF token is read from the XSRF-TOKEN cookie at the moment of submit.
 */
export function LogoutButton() {
  const tokenInput = useRef<HTMLInputElement>(null);
  return (
    <form
      className="logout-form"
      method="post"
      action={appUrl('/logout')}
      onSubmit={() => {
        if (tokenInput.current) tokenInput.current.value = csrfToken() ?? '';
      }}
    >
      <input ref={tokenInput} type="hidden" name={CSRF_PARAM} defaultValue="" />
      <button type="submit" className="toolbar-button" data-testid="logout">
        <LogOut size={14} aria-hidden="true" />
        Log out
      </button>
    </form>
  );
}
