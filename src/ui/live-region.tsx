import styles from './visually-hidden.module.css';

/**
 * A polite live region that stays mounted, so changing `message` is announced: screen readers
 * ignore text inserted together with the region itself.
 */
export function LiveRegion({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite" className={styles.hidden}>
      {message}
    </div>
  );
}
