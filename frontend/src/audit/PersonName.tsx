import { UserCheck } from 'lucide-react';
import { useSessionInfo } from './api';

/** The person behind the shared team account, as the platform's sign-in proxy names them; nothing when it names none. */
export function PersonName() {
  const person = useSessionInfo()?.person;
  if (!person) return null;
  return (
    <span
      className="user-name"
      data-testid="person-name"
      title="The person the sign-in proxy names"
    >
      <UserCheck size={15} aria-hidden="true" />
      {person}
    </span>
  );
}
