/**
 * The API key for this tab only. sessionStorage dies with the tab and is not shared with other
 * tabs; nothing else the console handles (least of all a revealed original) is ever stored.
 */
const KEY = 'custos.apiKey';

export function storedKey() {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeKey(apiKey) {
  sessionStorage.setItem(KEY, apiKey);
}

export function forgetKey() {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Storage disabled: nothing was kept.
  }
}
