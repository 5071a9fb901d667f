/** A panel's outcome line(s): an error is announced at once (alert), a notice politely (status). */
export function Notices({ error, notice }: { error?: string | null; notice?: string | null }) {
  return (
    <>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
    </>
  );
}
