package jp.manabiba.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

final class Authorities {

    private Authorities() {
    }

    static List<GrantedAuthority> of(Set<Role> roles) {
        return roles.stream().sorted().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }
}
