/**
 * What the server prints once it listens: its addresses, and last, so that no log line pushes it
 * off the screen, the first administrator's generated password when this start created it.
 */
export function startupBanner(base: string, firstAdmin: { email: string; password: string } | null): string {
  const lines = [`  Console:  ${base}/`, `  GraphQL:  ${base}/graphql`, `  Health:   ${base}/health/ready`];
  if (firstAdmin) {
    lines.push(
      '',
      '  First administrator created. Sign in with:',
      `    email:    ${firstAdmin.email}`,
      `    password: ${firstAdmin.password}`,
      '  (shown at this start only: change it after signing in)',
    );
  }
  return `\n${lines.join('\n')}\n`;
}
