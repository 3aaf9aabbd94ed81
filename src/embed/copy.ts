/** Copies text to the clipboard; where the Clipboard API is missing or refused, selects `field`. */
export async function copyText(text: string, field?: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    if (!field) return false
    field.focus()
    field.select()
    // The old command still works where the asynchronous API is refused (insecure origins).
    return typeof document.execCommand === 'function' && document.execCommand('copy')
  }
}
