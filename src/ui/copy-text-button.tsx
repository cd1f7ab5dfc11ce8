import { useEffect, useId, useRef, useState } from 'react';
import { useLocalize } from '../i18n/use-localize';
import buttons from './button.module.css';
import { copyMessages as messages } from './copy-messages';
import styles from './copy-text-button.module.css';

interface CopyTextButtonProps {
  /**
   * What to copy, or how to make it at the click: a link made from the page's own address cannot be
   * made while the page is prerendered, where there is no address.
   */
  text: string | (() => string);
  label: string;
  /** Selects the fallback field to an accessible name such as "Share link". */
  fieldLabel?: string;
}

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Copies `text` with the Clipboard API and says so in a visible status that screen readers
 * announce. Where the clipboard is refused (no permission, an insecure origin), it shows the text
 * in a read-only field, already selected, so the user can copy it by hand.
 */
export function CopyTextButton({ text, label, fieldLabel }: CopyTextButtonProps) {
  const t = useLocalize();
  const [state, setState] = useState<CopyState>('idle');
  const [copiedText, setCopiedText] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();

  useEffect(() => {
    if (state === 'manual') field.current?.select();
  }, [state]);

  const copy = async () => {
    const value = typeof text === 'function' ? text() : text;
    setCopiedText(value);
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <div className={styles.copy}>
      <button
        type="button"
        className={buttons.secondary}
        onClick={() => {
          void copy();
        }}
      >
        {label}
      </button>
      <p role="status" className={styles.status}>
        {state === 'copied' && t(messages.copied)}
        {state === 'manual' && t(messages.copyManually)}
      </p>
      {state === 'manual' && (
        <>
          <label htmlFor={fieldId} className={styles.fieldLabel}>
            {fieldLabel ?? t(messages.fieldLabel)}
          </label>
          <textarea
            id={fieldId}
            ref={field}
            readOnly
            value={copiedText}
            rows={3}
            className={styles.field}
          />
        </>
      )}
    </div>
  );
}
