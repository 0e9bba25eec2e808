<?php

namespace App\Providers;

use Illuminate\Foundation\Support\Providers\RouteServiceProvider as ServiceProvider;
use Illuminate\Support\Facades\Route;

// Laravel 8's RouteServiceProvider (laravel/laravel v8.6.12) loading the routes file under the
// 'web' group. One server runs per code, each from its own copy of routes/web.php:
// SNIPPET_ROUTES names it (for example routes/404/web.php).
class RouteServiceProvider extends ServiceProvider
{
    public function boot()
    {
        $this->routes(function () {
            Route::middleware('web')
                ->group(base_path(env('SNIPPET_ROUTES', 'routes/web.php')));
        });
    }
}
