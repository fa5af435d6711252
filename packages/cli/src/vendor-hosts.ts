import { err, ok, type Result } from "neverthrow";
import { InputError } from "./input-error.js";
import { isVendorName, VENDOR_NAMES, type VendorName, VENDORS } from "./vendors.js";

/** A host mapped to a vendor by the caller (`--vendor-host 127.0.0.1:4010=talview`) for emulators and proxies. */
export interface VendorHost {
  /** `host`, `host:port` or `*.domain`, compared case-insensitively. */
  readonly host: string;
  readonly vendor: VendorName;
}

const HOST_SHAPE = /^(?:\*\.)?[a-z0-9.[\]:_-]{1,253}$/;

/** Parses `host=vendor`. */
export const parseVendorHost = (text: string): Result<VendorHost, InputError> => {
  const eq = text.lastIndexOf("=");
  const host = (eq === -1 ? "" : text.slice(0, eq)).trim().toLowerCase();
  const vendor =
    eq === -1
      ? ""
      : text
          .slice(eq + 1)
          .trim()
          .toLowerCase();
  if (!HOST_SHAPE.test(host))
    return err(
      new InputError(
        `--vendor-host expects host=vendor (e.g. 127.0.0.1:4010=talview), got ${JSON.stringify(text.slice(0, 80))}`,
      ),
    );
  if (!isVendorName(vendor))
    return err(
      new InputError(
        `unknown vendor ${JSON.stringify(vendor.slice(0, 40))} in --vendor-host: use ${VENDOR_NAMES.join(" or ")}`,
      ),
    );
  return ok({ host, vendor });
};

const matches = (pattern: string, url: URL): boolean => {
  const hostname = url.hostname.toLowerCase();
  if (pattern.startsWith("*.")) return hostname.endsWith(pattern.slice(1));
  return pattern === url.host.toLowerCase() || pattern === hostname;
};

const onDomain = (hostname: string, domain: string): boolean => hostname === domain || hostname.endsWith(`.${domain}`);

/** The vendor whose API a URL belongs to: the caller's mappings first, then the vendors' own domains. */
export const vendorOfUrl = (url: URL, vendorHosts: readonly VendorHost[] = []): VendorName | undefined => {
  const mapped = vendorHosts.find((entry) => matches(entry.host, url));
  if (mapped) return mapped.vendor;
  const hostname = url.hostname.toLowerCase();
  return VENDOR_NAMES.find((name) => onDomain(hostname, VENDORS[name].domain));
};
