import { useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { pathInLang } from '../../i18n/language-path.ts';
import { useSiteOrigin } from '../../lib/page-meta.tsx';
import { useStackText } from './stack-text.ts';

/** Copies the input's text: the Clipboard API where the page may use it, else the selection and execCommand. */
async function copyFrom(input: HTMLInputElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    input.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** A path of the site as a full address, to read, select or copy: a saved stack's by default. */
export function ShareLink({ sharePath, label }: { sharePath: string; label?: string }) {
  const s = useStackText();
  const { lang } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const origin = useSiteOrigin();
  const url = `${origin}${pathInLang(sharePath, lang)}`;

  return (
    <div className="share-link">
      <label htmlFor={id} className="share-link__label">
        {label ?? s.save.shareLabel}
      </label>
      <div className="share-link__row">
        <input
          id={id}
          ref={input}
          className="share-link__input"
          type="url"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={async () => setCopied(input.current ? await copyFrom(input.current) : false)}
        >
          {s.save.copy}
        </button>
      </div>
      <p role="status" className="share-link__status">
        {copied === true && s.save.copied}
        {copied === false && s.save.copyFailed}
      </p>
    </div>
  );
}
