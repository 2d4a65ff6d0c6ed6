/** The emulator's control API as a client over HTTP sees it (benchmarks, scripts, the SDK contract client). */

/** An access token for `userPrincipalName` from the emulator served at `origin`. */
export async function emulatorToken(origin: string, userPrincipalName: string): Promise<string> {
  const response = await fetch(`${origin}/_emulator/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName }),
  });
  if (!response.ok)
    throw new Error(
      `The emulator refused a token for ${userPrincipalName}: ${String(response.status)}.`,
    );
  return ((await response.json()) as { access_token: string }).access_token;
}
