/** What the gateway tells the page about its identity provider (/portal-config.json). */
export interface PortalConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export async function loadConfig(): Promise<PortalConfig> {
  const response = await fetch('/portal-config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`portal-config.json: ${response.status}`);
  return (await response.json()) as PortalConfig;
}

export function realmUrl(config: PortalConfig): string {
  return `${config.keycloakUrl.replace(/\/+$/, '')}/realms/${encodeURIComponent(config.realm)}/protocol/openid-connect`;
}
