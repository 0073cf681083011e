/** The script URL policy Trusted Types require before a worker accepts a URL (the site's CSP enforces them). */
interface ScriptUrlPolicy {
  createScriptURL: (url: string) => unknown;
}
interface TrustedTypesFactory {
  createPolicy: (name: string, rules: { createScriptURL: (url: string) => string }) => ScriptUrlPolicy;
}

/**
 * The URL of one of our own worker scripts, made acceptable to Trusted Types where the browser enforces them: a
 * policy named `policyName` that lets this one URL through and refuses any other.
 */
export function toTrustedScriptUrl(policyName: string, url: string): string {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (factory === undefined) return url;
  const policy = factory.createPolicy(policyName, {
    createScriptURL: (candidate) => {
      if (candidate !== url) throw new TypeError(`not the ${policyName} script's URL: ${candidate}`);
      return candidate;
    },
  });
  // A TrustedScriptURL is accepted wherever the DOM types say string.
  return policy.createScriptURL(url) as string;
}
