# Serves the Rails snippets for the run-for-real tests: one Rails application, every snippet on its own port.
#
# Usage: ruby serve_rails.rb PORT:FILE...
#
# A snippet's first line says where it goes, and the snippet's text is evaluated unchanged inside
# a module of its own (Snippet5300::ExampleController ...):
# - "# config/routes.rb: get '/x', to: 'example#show'": that route line is drawn unchanged, inside
#   `scope module:` for the snippet's module and constrained to the port the request arrived on;
# - "# config/application.rb: config.middleware.insert_before 0, ExampleMiddleware": the middleware
#   is put in front of the whole application for that port (what "before 0" does in an app).
# The app server is WEBrick (see rails_webrick.rb for why), except for a snippet that sends Early
# Hints: WEBrick cannot send a 1xx, so that one is served by Puma with early hints turned on, as
# `puma --early-hints` would (Puma sends no Date: tests/run/expectations.ts says so for that case).
# Only 127.0.0.1 is bound.
require 'logger'
require 'rails'
require 'action_controller/railtie'
require 'puma'
require 'puma/server'
require_relative 'rails_webrick'

HOST = '127.0.0.1'
ROUTE = /\A# config\/routes\.rb: (.+)$/
MIDDLEWARE = /\A# config\/application\.rb: config\.middleware\.insert_before 0, (\w+)$/

Snippet = Struct.new(:port, :file, :namespace, :route, :middleware, :early_hints)

snippets = ARGV.map do |arg|
  port, file = arg.split(':', 2)
  abort "serve_rails.rb: expected PORT:FILE, got #{arg.inspect}" unless port =~ /\A\d+\z/ && file
  text = File.read(file)
  route = text[ROUTE, 1]
  middleware = text[MIDDLEWARE, 1]
  abort "#{file}: the first line names neither a route (# config/routes.rb: ...) nor a middleware (# config/application.rb: ...)" unless route || middleware
  Snippet.new(Integer(port), file, nil, route, middleware, text.include?('send_early_hints'))
end
abort 'serve_rails.rb: no PORT:FILE given' if snippets.empty?

class SnippetApp < Rails::Application
  config.root = __dir__
  config.api_only = true
  config.eager_load = false
  config.consider_all_requests_local = false
  config.hosts.clear
  config.secret_key_base = 'snippet-run-only'
  # Quiet, but a snippet that raises still says why in the server's output.
  config.logger = Logger.new($stderr, level: Logger::ERROR)
  config.log_level = :error
end

Rails.env = 'production'
Rails.application.initialize!

snippets.each do |snippet|
  snippet.namespace = Module.new
  Object.const_set("Snippet#{snippet.port}", snippet.namespace)
  snippet.namespace.module_eval(File.read(snippet.file), snippet.file, 1)
end

Rails.application.routes.draw do
  snippets.select(&:route).each do |snippet|
    port = snippet.port
    scope module: "snippet#{port}", constraints: ->(request) { request.server_port == port } do
      instance_eval(snippet.route, snippet.file, 1)
    end
  end
end

log = WEBrick::Log.new($stderr, WEBrick::BasicLog::WARN)
# One server per port, so that SERVER_PORT (what the route constraint reads) is that port.
threads = snippets.map do |snippet|
  app = snippet.middleware ? snippet.namespace.const_get(snippet.middleware, false).new(Rails.application) : Rails.application
  if snippet.early_hints
    server = Puma::Server.new(app, Puma::Events.stdio, early_hints: true, max_threads: 2)
    server.add_tcp_listener(HOST, snippet.port)
    server.run # Puma's own thread
  else
    server = WEBrick::HTTPServer.new(BindAddress: HOST, Port: snippet.port, Logger: log, AccessLog: [])
    server.mount '/', WEBRICK_HANDLER, app
    Thread.new { server.start }
  end
end
puts 'ready'
$stdout.flush
threads.each(&:join)
