import { useState } from 'preact/hooks';
import { REASON_MAX, cancelReason } from '../appointments/appointments';

interface Props {
  /** The appointment in words, e.g. "Tue 8 Dec, 09:30 with Dr Ada Lovelace". */
  what: string;
  onCancel: (reason?: string) => void;
  onKeep: () => void;
}

/** Asks once more before cancelling (the slot may be gone if the patient wants it back), with an optional reason. */
export function CancelForm({ what, onCancel, onKeep }: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <form
      class="cancel"
      aria-labelledby="cancel-title"
      onSubmit={(event) => {
        event.preventDefault();
        const checked = cancelReason(text);
        if (checked.problem) setProblem(checked.problem);
        else onCancel(checked.reason);
      }}
    >
      <h4 id="cancel-title">Cancel {what}?</h4>
      <label for="cancel-reason">Reason (optional)</label>
      <textarea
        id="cancel-reason"
        rows={3}
        maxLength={REASON_MAX}
        value={text}
        aria-describedby="cancel-reason-count"
        aria-invalid={problem ? true : undefined}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setProblem(null);
        }}
      />
      <p id="cancel-reason-count" class="muted">
        {text.length} of {REASON_MAX} characters
      </p>
      {problem && (
        <p class="notice error" role="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          Yes, cancel it
        </button>
        <button type="button" onClick={onKeep} autoFocus>
          Keep it
        </button>
      </div>
    </form>
  );
}
