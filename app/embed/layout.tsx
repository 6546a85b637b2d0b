/** Embeds render inside other sites' iframes: no site header, navigation or footer. */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return children;
}
