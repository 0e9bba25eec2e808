import { defineComparison } from '@/data/define-comparison';

export default defineComparison({
  a: '200',
  b: '206',
  theme: 'success',
  summary: '206 carries only the byte ranges the client asked for, labelled by Content-Range; 200 carries the whole representation, including when the server ignores or cannot honour Range.',
  answer:
    'A 206 exists only as the answer to a range request: the server sends the requested part, or several parts, and states exactly which bytes they are in Content-Range. A 200 always carries the complete representation, and it is also what a client receives when range support is missing for that resource, when the server simply declines to honour Range, or when the If-Range condition fails because the representation has changed. That makes the status code the thing a client must check before using the bytes: a 206 can be joined to what it already holds, a 200 must replace it. A server that supports ranges should answer a satisfiable range on a GET with 206, and send 200 in every other case.',
  useA: [
    'A download manager resumes a file with Range and If-Range, but the file was republished in the meantime and its ETag has changed: the server sends the new file in full with 200, and the client has to discard its partial copy.',
    'A report is generated on the fly and its bytes differ from one request to the next: the server ignores Range, answers 200 with the whole report and can advertise Accept-Ranges: none, since a slice of output that changes every time is meaningless.',
    'A client asks for dozens of tiny, overlapping ranges of the same file: RFC 9110 lets the server ignore such a request, which looks like a broken client or a denial-of-service attempt, and send the file once with 200.',
  ],
  useB: [
    'A podcast app seeks to minute 40 of a 90-minute episode: it requests the bytes around that point and starts playing from the 206 without downloading the first 40 minutes.',
    'A 4 GB disk image download breaks off at 3.1 GB: the client asks for the rest with Range and an If-Range carrying the ETag it saw, and a 206 lets it finish without fetching the first 3.1 GB again.',
    'A data tool reads a Parquet file on object storage by fetching its footer first and then only the column chunks a query needs: every one of those reads is a range request answered with 206.',
  ],
  mistakes: [
    'Client code that appends whatever comes back to a partial download: if the server answers 200, the whole file is glued onto the part already stored and the result is corrupt. Append only on a 206 whose Content-Range starts where the local copy ends; on a 200, start over.',
    'Serving video without range support: Apple\'s Safari Web Content Guide states that servers hosting media for iOS must support byte-range requests, so a server that always answers 200 can leave video unplayable on Apple devices and forces other players to download from the start to seek.',
    'Honouring ranges on responses compressed on the fly or otherwise generated per request: the bytes differ between requests, so parts fetched separately do not fit together. Either serve a stable representation with a strong ETag or ignore Range and answer 200.',
    'Caching partial responses as if they were complete: RFC 9111 lets a cache store a 206 only if it understands that status, and a home-grown layer that keys only on the URL ends up handing a fragment to the next client that wants the whole file.',
  ],
  faq: [
    {
      question: 'Is a 206 for Range: bytes=0- the same as a 200?',
      answer:
        'The bytes may be identical, but the messages are not. A 206 answering bytes=0- confirms that ranges work for this resource, so the client can seek later without fetching everything, and Content-Range carries the total length after the slash. That confirmation is one reason media players often open a file with an open-ended range; a server that supports ranges should answer it with 206 rather than leave the player guessing with a 200.',
    },
    {
      question: 'Why does cache.put() throw when my service worker stores video?',
      answer:
        'The Service Worker specification forbids storing 206 responses in the Cache API, so cache.put() rejects with a TypeError for a partial response. Media elements usually fetch with Range, which is where those 206s come from. Cache the full file from a request without Range (a 200), and build partial responses from it in the service worker when the player asks for a range.',
    },
    {
      question: 'Does a server have to send Accept-Ranges: bytes on its 200 responses?',
      answer:
        'No. Accept-Ranges: bytes is a hint that range requests will be honoured, and Accept-Ranges: none that they will not; RFC 9110 lets clients send Range whether or not they have seen the field. Sending it on 200 responses still helps download managers and players decide whether resuming or seeking is worth trying.',
    },
  ],
});
