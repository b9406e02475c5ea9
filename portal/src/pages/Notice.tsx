/** Messages the page announces to screen readers as they appear. */
export function Notice({ error, success }: { error?: string | null; success?: string | null }) {
  return (
    <>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      {success && (
        <p class="notice success" role="status">
          {success}
        </p>
      )}
    </>
  );
}
