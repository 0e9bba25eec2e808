import type { CodeEntry } from '../data/codes';
import { displayNumber } from '../data/queries';
import { exampleUrl } from './client/strategy';
import { shellWord } from './format';
import type { Generator } from './types';

/**
 * Shell diagnostics for codes an application never sends itself: what a CDN, a load balancer
 * or nginx reports. Each recipe says where to look and which setting to check.
 */

const ORIGIN = '203.0.113.10';

const bypassCloudflare = `# Ask the origin directly, bypassing Cloudflare (use your origin server's IP)
curl -svo /dev/null --resolve www.example.com:443:${ORIGIN} https://www.example.com/`;

const cloudflare: Record<string, string> = {
  '520': `${bypassCloudflare}

# An empty reply, a reset connection or a huge header block here is what Cloudflare saw
curl -s -D - -o /dev/null --resolve www.example.com:443:${ORIGIN} https://www.example.com/ | wc -c`,
  '521': `# Is the web server listening, and does the firewall let Cloudflare in?
nc -vz ${ORIGIN} 443
nc -vz ${ORIGIN} 80

# Cloudflare's address ranges, to allow in the origin's firewall
curl -s https://www.cloudflare.com/ips-v4`,
  '522': `# How long does a TCP connection to the origin take, if it completes at all?
curl -so /dev/null -w 'connect: %{time_connect}s\\n' --resolve www.example.com:443:${ORIGIN} https://www.example.com/

# Cloudflare's address ranges, to allow in the origin's firewall and rate limiter
curl -s https://www.cloudflare.com/ips-v4`,
  '523': `# Does the origin's DNS record resolve, and to the right address?
dig +short origin.example.com A
dig +short origin.example.com AAAA

${bypassCloudflare}`,
  '524': `# How long does the origin take to send the first byte? (Cloudflare waits about 100 seconds)
curl -so /dev/null -w 'connect: %{time_connect}s  first byte: %{time_starttransfer}s\\n' \\
  --resolve www.example.com:443:${ORIGIN} https://www.example.com/slow-report`,
  '525': `# Can a TLS handshake with the origin complete, with the site's name as SNI?
openssl s_client -connect ${ORIGIN}:443 -servername www.example.com </dev/null`,
  '526': `# Check the certificate the origin presents: name, issuer and expiry
openssl s_client -connect ${ORIGIN}:443 -servername www.example.com </dev/null 2>/dev/null \\
  | openssl x509 -noout -subject -issuer -dates`,
  '527': `# Railgun is discontinued: remove it and let Cloudflare connect to the origin directly
${bypassCloudflare}`,
  '530': `# A 530 comes with a Cloudflare 1xxx error: read its number from the page
curl -s https://www.example.com/ | grep -o 'Error 1[0-9][0-9][0-9]' | head -n 1`,
};

/** ALB access logs are gzipped files in S3; elb_status_code is the 9th space-separated field. */
const albLogs = (code: string) => `# Find the requests in the load balancer's access logs (elb_status_code is field 9)
aws s3 cp s3://my-alb-logs/AWSLogs/ ./alb-logs --recursive
find alb-logs -name '*.log.gz' -exec zcat {} + | awk '$9 == "${code}"' | head`;

const aws: Record<string, string> = {
  '000': `${albLogs('000')}

# curl also prints 000 when it got no HTTP response at all
curl -s -o /dev/null -w '%{http_code}\\n' https://www.example.com/`,
  '460': `${albLogs('460')}

# Compare the load balancer's idle timeout with your clients' own timeouts
aws elbv2 describe-load-balancer-attributes --load-balancer-arn "$ALB_ARN" \\
  --query "Attributes[?Key=='idle_timeout.timeout_seconds']"`,
  '463': `${albLogs('463')}

# Reproduce: send an X-Forwarded-For header with 31 addresses (the limit is 30)
XFF=$(for i in $(seq 1 31); do printf '10.0.0.%s, ' "$i"; done)
curl -s -o /dev/null -w '%{http_code}\\n' -H "X-Forwarded-For: \${XFF%, }" https://www.example.com/`,
  '464': `${albLogs('464')}

# Which protocol version does each target group expect (HTTP1, HTTP2 or GRPC)?
aws elbv2 describe-target-groups --query 'TargetGroups[].[TargetGroupName,ProtocolVersion]' --output table`,
  '561': `${albLogs('561')}

# Inspect the listener's authenticate-oidc or authenticate-cognito action
aws elbv2 describe-rules --listener-arn "$LISTENER_ARN" --query 'Rules[].Actions[?starts_with(Type, \`authenticate\`)]'`,
};

const nginxLogs = (code: string) => `# Find the requests in nginx's access log (status is field 9 in the combined format)
awk '$9 == ${code}' /var/log/nginx/access.log | tail -n 20

# Which URLs get it most?
awk '$9 == ${code} {print $7}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | head`;

const nginx: Record<string, string> = {
  '499': `${nginxLogs('499')}

# Log how long each request took, to compare with the client's timeout
#   log_format timed '$remote_addr "$request" $status $request_time $upstream_response_time';`,
};

/** For a code made up on the client's side: the server's real answer, asked from somewhere else, shows the difference. */
const madeByClient = (entry: CodeEntry) => `# ${displayNumber(entry.code)} is produced on the client's side, not by the server.
# Ask from another machine or network and compare: this prints the server's real status.
curl -s -o /dev/null -w '%{http_code}\\n' ${shellWord(exampleUrl(entry))}`;

function recipe(entry: CodeEntry): string | undefined {
  const number = displayNumber(entry.code);
  if (entry.category === 'cloudflare') return cloudflare[entry.slug];
  if (entry.category === 'aws-elb') return aws[entry.slug];
  if (entry.category === 'nginx') return nginx[entry.slug] ?? nginxLogs(number);
  if (entry.behaviour.seen.value === 'client') return madeByClient(entry);
  return undefined;
}

export const diagnose: Generator = {
  id: 'shell',
  language: 'Shell',
  framework: 'Diagnose',
  lang: 'sh',
  generate: recipe,
};
