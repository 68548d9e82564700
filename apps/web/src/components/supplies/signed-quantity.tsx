import { signed } from '@/lib/supplies/ledger';

/** A movement's quantity with its sign written out (+20, −3), so in and out read without colour too. */
export function SignedQuantity({ quantity }: { quantity: number }) {
  return (
    <span dir="ltr" className={quantity < 0 ? 'text-danger' : quantity > 0 ? 'text-success' : undefined}>
      {signed(quantity)}
    </span>
  );
}
