# The app server for the Rails snippets: WEBrick, with four of its habits undone.
#
# Why WEBrick: RFC 9110 section 6.6.1 requires an origin server with a clock to send Date in every
# 2xx, 3xx and 4xx response, and the test checks that the Date is the server's own. WEBrick sends
# one (HTTPResponse#setup_header); Puma, Rails' default server, sends none (none in its lib/ from
# 5.6.5 to 7.2.1, and none seen from Debian's 5.6.5), nor does Thin. Rails never adds one, so on
# Puma the Date has to come from a proxy in front.
#
# WEBrick also has habits from HTTP/1.0 and RFC 2616 that Puma does not have. Each would answer the
# page's request, or rewrite the snippet's fields, before the test could see what the snippet does,
# so each is undone here; nothing else about WEBrick changes, and the Date stays its own:
#
# 1. A request line of 2083 bytes or more gets WEBrick's own 414. The 414 page's request is 11.7 KB,
#    which Puma's defaults refuse too (a query string over 10 KB gets Puma's own 400), so on either
#    server the server answers that request itself; the limit is raised so that the snippet answers.
# 2. A POST or PUT with neither Content-Length nor Transfer-Encoding gets WEBrick's own 411. RFC 9112
#    section 6.3 says such a request has no content (Puma reads it so); the 411 snippet and the pages
#    whose request is a POST or PUT without a body (408, 413, 417 ...) need it to reach the app.
# 3. A relative Location is made absolute against the request. RFC 9110 section 10.2.2 allows a
#    relative reference, and the snippet's own value is what the page promises.
# 4. The application's Connection field is replaced with WEBrick's own keep-alive choice, so a 426
#    loses its "Connection: Upgrade", which RFC 9110 section 7.8 requires beside Upgrade.
require 'webrick'

# The Rack handler first: Rack 2.2's aliases HTTPResponse#setup_header, which must happen before
# the prepend below, or its alias would call the prepended method again and again.
WEBRICK_HANDLER =
  begin
    require 'rackup/handler/webrick' # Rack 3 moved the server handlers to the rackup gem
    Rackup::Handler::WEBrick
  rescue LoadError
    require 'rack/handler/webrick'
    Rack::Handler::WEBrick
  end

module WEBrick
  class HTTPRequest
    remove_const(:MAX_URI_LENGTH)
    MAX_URI_LENGTH = 16 * 1024 # :nodoc: (1)
    remove_const(:BODY_CONTAINABLE_METHODS)
    BODY_CONTAINABLE_METHODS = [].freeze # :nodoc: (2) no method's request needs a length to have none
  end

  module KeepApplicationFields # (3), (4)
    def setup_header
      location = @header['location']
      connection = @header['connection']
      super
      @header['location'] = location if location
      @header['connection'] = connection if connection
    end
  end
  HTTPResponse.prepend(KeepApplicationFields)
end
