import Link from 'next/link';
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { cx } from './cx';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

const BASE =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold ' +
  'transition-colors disabled:cursor-not-allowed disabled:opacity-60 focus-visible:outline-3 ' +
  'focus-visible:outline-offset-2 focus-visible:outline-focus';

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-brand text-white hover:bg-brand-strong',
  secondary: 'border border-line-strong bg-surface text-ink hover:bg-muted',
  danger: 'bg-danger text-white hover:bg-danger-strong',
  ghost: 'text-ink hover:bg-muted',
};

export function buttonClasses(variant: ButtonVariant = 'primary', className?: string): string {
  return cx(BASE, VARIANTS[variant], className);
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
}

export function Button({ variant = 'primary', className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}

export function ButtonLink({
  href,
  variant = 'secondary',
  className,
  testId,
  children,
}: {
  href: string;
  variant?: ButtonVariant;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Link prefetch={false} href={href} className={buttonClasses(variant, className)} data-testid={testId}>
      {children}
    </Link>
  );
}
