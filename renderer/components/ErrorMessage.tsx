import type { ErrorText } from '../format/error-text.js';

/**
 * A form's error, read out when it appears: what went wrong, what to do next, and its facts
 * (tries left before a wait, or until when a wait runs).
 */
export function ErrorMessage({ text }: { text: ErrorText }) {
  return (
    <div className="message message--error" role="alert">
      <p className="message__title">{text.title}</p>
      <p>{text.nextStep}</p>
      {text.facts.map((fact) => (
        <p key={fact}>{fact}</p>
      ))}
    </div>
  );
}
