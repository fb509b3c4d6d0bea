import { useWebhookStrings } from './console-webhook-strings.ts';
import { FieldErrors } from './FormField.tsx';
import type { UserError } from './user-errors.ts';
import { TOPICS, type Topic } from './webhook-documents.ts';

/** The topics an endpoint is sent, as checkboxes; `id` names its errors. */
export function TopicChecks({ id, value, onChange, errors }: { id: string; value: Topic[]; onChange: (topics: Topic[]) => void; errors: UserError[] }) {
  const w = useWebhookStrings();
  return (
    <fieldset className="checks topic-checks" aria-describedby={errors.length > 0 ? `${id}-errors` : undefined}>
      <legend className="checks__title">{w.topics}</legend>
      {TOPICS.map((topic) => (
        <label key={topic} className="check">
          <input
            type="checkbox"
            checked={value.includes(topic)}
            onChange={(event) => onChange(event.target.checked ? [...value, topic] : value.filter((known) => known !== topic))}
          />
          <span className="check__label">{w.events[topic] ?? topic}</span>
        </label>
      ))}
      <FieldErrors id={id} errors={errors} />
    </fieldset>
  );
}
