import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '499',
  b: '504',
  theme: 'gateways',
  summary:
    "A 504 is sent by a gateway that gave up on a slow upstream; a 499 is nginx's log entry for a client that gave up and disconnected before any response could be sent.",
  answer:
    "Both record someone running out of patience, but not the same someone. A 504 is a real response: a gateway stopped waiting for its upstream and told the client so. A 499 is never sent: nginx writes it to its access log when the client, which may itself be a load balancer, closed the connection before nginx had anything to give it. In a slow-request incident, which one you see depends on whose timeout is shortest: if nginx's proxy timeout fires first it sends and logs 504, and if the caller's fires first nginx logs 499 while the caller reports its own error. Only 504 belongs in a response; 499 belongs in logs and metrics.",
  useA: [
    'A user closes the tab while a 40-second report is still being built: nginx has nobody left to answer and logs 499 with 0 bytes sent, which is accurate, since no response went out.',
    "An Application Load Balancer with a 60-second idle timeout sits in front of nginx configured with proxy_read_timeout 120s: at 60 seconds the balancer drops the connection and returns its own 504 to the visitor, and nginx, whose client has just left, logs 499.",
    "Your service records request metrics and a caller cancels mid-request: labelling it 499 keeps cancellations out of the server-error rate, the same convention as the HTTP mapping in Google's google.rpc.Code, which pairs CANCELLED with 499.",
  ],
  useB: [
    'nginx waits 60 seconds for a PHP-FPM worker (fastcgi_read_timeout) while the client is still connected: nginx sends 504, and the client actually receives it.',
    "A gRPC service behind a transcoding gateway exceeds the deadline the gateway set: google.rpc.Code's HTTP mapping turns DEADLINE_EXCEEDED into 504, and the caller gets a 504.",
    'An API gateway stops waiting for a slow inventory service after its configured 10 seconds while the mobile app is still listening: the gateway owes the app an answer, and 504 is it.',
  ],
  mistakes: [
    "Returning 499 as a response status from an application or proxy. If the client has gone, nobody reads it; if the client is still there, the right code is something else (504 when you timed out an upstream, 408 when the client was too slow to send). 499 only makes sense as a log or metric label.",
    'Counting 499s as server errors, or ignoring them entirely. They are not 5xx and do not belong in an availability ratio, but a growing number of 499s that all end after the same round duration means some caller gives up before your slow requests finish, which users feel as an outage.',
    "Leaving the timeouts of a proxy chain unaligned. When the outer layer gives up first, visitors get its 504, nginx logs 499 and the application later logs a 200 for work nobody received; set each inner timeout slightly shorter than the one in front of it, so the innermost layer fails first with a clear 504 and a log line that explains it.",
  ],
  faq: [
    {
      question: 'My access log shows 499 but users report 504. Are these the same requests?',
      answer:
        "Very often, yes. When a load balancer or CDN in front of nginx times out, it sends the user a 504 and closes its connection to nginx, and nginx, seeing its client leave, logs 499 for the same request. Match them by time or request ID, and compare the 499's $request_time with the front layer's timeout.",
    },
    {
      question: 'Should my own service use 499 for cancelled requests?',
      answer:
        "As a label in logs and metrics it is a widely understood convention: nginx uses it, and google.rpc.Code maps CANCELLED to 499 in its HTTP mapping. It is not registered with IANA, though, and there is no point putting it on the wire, because the party that cancelled is no longer listening.",
    },
  ],
});
