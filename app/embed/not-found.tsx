import { NotFoundMessage } from '@/components/NotFoundMessage';

export default function EmbedNotFound() {
  return (
    <main className="embed">
      <NotFoundMessage />
    </main>
  );
}
