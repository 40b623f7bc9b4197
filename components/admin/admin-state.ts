/** What a settings form's server action answers with (it stays on the page). */
export interface AdminState {
  error?: string;
  success?: string;
  fieldErrors?: Record<string, string>;
  /** What the user typed, so a refused form keeps it. */
  values?: Record<string, string>;
  /** A secret shown exactly once: an invitation link or an API token. */
  secret?: { value: string; role: string; name?: string; expiresAt?: string };
  /** Changes on every answer, so forms remount with the returned values. */
  nonce?: string;
}
