import { Alert } from './alert';

/**
 * A save refused because someone saved the record meanwhile (409): what happened, that nothing typed
 * is lost, and the link that reloads the latest version. The texts come from the form's namespace.
 */
export function StaleEditAlert({
  title,
  body,
  reloadLabel,
  reloadHref,
}: {
  title: string;
  body: string;
  reloadLabel: string;
  reloadHref: string;
}) {
  return (
    <Alert tone="error" title={title} testId="conflict">
      <p>{body}</p>
      <p>
        <a href={reloadHref} className="font-semibold text-brand underline underline-offset-2">
          {reloadLabel}
        </a>
      </p>
    </Alert>
  );
}
